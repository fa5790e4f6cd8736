package present

import "github.com/vipcx/vipcx/api"

// AccountHeaders are the columns of a reseller's customer list.
var AccountHeaders = []string{"Company", "Customer ID", "Status", "Created"}

// AccountRow is one customer of the list, in AccountHeaders' order: the
// company, the customer ID, the status in words with its code (as Status
// words it for `get`, undocumented codes included) and the creation date.
func AccountRow(a api.CustomerAccount) Row {
	cells := []string{OrNone(a.CompanyProfile.CompanyName), OrNone(a.CustomerID), "", Date(a.CreationDate)}
	return statusRow(cells, 2, Status(a.Status))
}

// AccountRows is AccountRow for each account.
func AccountRows(as []api.CustomerAccount) []Row {
	rows := make([]Row, len(as))
	for i, a := range as {
		rows[i] = AccountRow(a)
	}
	return rows
}
