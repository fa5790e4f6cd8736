// Package present turns API values into labelled facts, so `vipcx get` and
// the TUI say the same thing the same way: a status is "Active (1000)" on
// both, a date has its days left counted in the user's own day, a number is
// grouped ("2,406"), a discount level carries its meaning and an
// undocumented one is flagged alike.
//
// Words come from api.Label (the code tables); this package adds the form
// (code beside its words, "—" for nothing, raw for unknown) and a Tone that
// says whether a fact is good or bad news. Tones are semantic: the ui maps
// them to colours and symbols, the command line prints words only.
//
// To present a new resource (accounts, subscriptions, orders): add its code
// table to package api, then a file here with one function per fact that
// returns a Fact or a string built from Coded, Date, DaysLeft and Number;
// list views build a Table from those strings. Surfaces call the functions,
// never the tables, so a fact cannot be worded twice.
package present
