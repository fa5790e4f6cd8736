// Package archtest holds no code: its test checks that each package of
// vipcx imports only the project packages docs/ARCHITECTURE.md allows it,
// so a new arrow between layers is a deliberate change of that table and
// this test, never an accident.
package archtest
