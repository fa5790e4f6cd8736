package api

// KindExit is the exit status `vipcx get` gives each kind (cli.exitFor),
// restated so the api tests, written against exit statuses, can check the
// kind Describe chose; cli's exit test pins the same table.
func KindExit(k Kind) int {
	switch k {
	case KindInvalidInput:
		return 2
	case KindCredentials:
		return 3
	case KindNotFound:
		return 4
	case KindBadRequest:
		return 5
	case KindUpstream:
		return 6
	case KindCanceled:
		return 130
	}
	return 1
}

// SetListCaps lowers the list caps for a test and returns the restore.
func SetListCaps(items, pages int) (restore func()) {
	oldItems, oldPages := maxListItems, maxListPages
	maxListItems, maxListPages = items, pages
	return func() { maxListItems, maxListPages = oldItems, oldPages }
}
