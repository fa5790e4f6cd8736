package demo

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// bigContactsID is the customer whose contacts are generated rather than
// written out: hundreds of admins exercise the scrolling contacts table.
const bigContactsID = "1012800480"

// bigContactsCount is 24 first names × 20 last names, so every pairing (and
// every e-mail address) is used exactly once.
const bigContactsCount = 480

// benchContactsID is the customer with benchContactsCount generated contacts:
// ten times the largest realistic sample, for benchmarks and for checking
// that the contacts table costs the same however long the list is. It is
// generated like bigContactsID, from its own template.
const benchContactsID = "demo-5000"

// benchContactsCount is the benchmark customer's number of contacts.
const benchContactsCount = 5000

// name is a display name and the ASCII form used in e-mail addresses.
type name struct{ display, ascii string }

var firstNames = []name{
	{"Amélie", "amelie"}, {"José", "jose"}, {"Søren", "soren"}, {"Zoë", "zoe"},
	{"Łukasz", "lukasz"}, {"Björn", "bjorn"}, {"Chloé", "chloe"}, {"João", "joao"},
	{"Aoife", "aoife"}, {"Hiroshi", "hiroshi"}, {"Priya", "priya"}, {"Oluwaseun", "oluwaseun"},
	{"Mateo", "mateo"}, {"Ingrid", "ingrid"}, {"Dimitri", "dimitri"}, {"Fatima", "fatima"},
	{"Émile", "emile"}, {"Agnieszka", "agnieszka"}, {"Kwame", "kwame"}, {"Siobhán", "siobhan"},
	{"Tomáš", "tomas"}, {"Leilani", "leilani"}, {"Ngozi", "ngozi"}, {"Renée", "renee"},
}

var lastNames = []name{
	{"Müller", "mueller"}, {"García", "garcia"}, {"Nørgaard", "norgaard"}, {"O'Brien", "obrien"},
	{"Kowalski", "kowalski"}, {"Dubois", "dubois"}, {"Rossi", "rossi"}, {"Tanaka", "tanaka"},
	{"Silva", "silva"}, {"Andersson", "andersson"}, {"Novák", "novak"}, {"Yılmaz", "yilmaz"},
	{"Papadopoulos", "papadopoulos"}, {"Nguyen", "nguyen"}, {"Okafor", "okafor"}, {"Fernández", "fernandez"},
	{"Lindqvist", "lindqvist"}, {"Byrne", "byrne"}, {"Schäfer", "schaefer"}, {"Da Costa", "dacosta"},
}

// cjkIndex is the one contact written in CJK script, to show wide characters
// in the table. Its e-mail matches no generated pairing.
const cjkIndex = 137

// contact is one admin, fields in Adobe's order.
type contact struct {
	FirstName   string `json:"firstName"`
	LastName    string `json:"lastName"`
	Email       string `json:"email"`
	PhoneNumber string `json:"phoneNumber"`
}

// generateContacts returns n contacts, the same every time. The last name
// index is shifted by the first name's so neighbouring rows differ in both.
// Past the first bigContactsCount the pairings repeat, so those addresses
// carry the round number to stay unique.
func generateContacts(n int) []contact {
	out := make([]contact, n)
	for i := range out {
		r, q := i%len(firstNames), i/len(firstNames)
		f, l := firstNames[r], lastNames[(q+r)%len(lastNames)]
		local := f.ascii + "." + l.ascii
		if round := i / bigContactsCount; round > 0 {
			local += fmt.Sprint(round + 1)
		}
		out[i] = contact{
			FirstName: f.display,
			LastName:  l.display,
			Email:     local + "@globex.example.com",
		}.withPhone(i)
	}
	out[cjkIndex] = contact{FirstName: "美咲", LastName: "佐藤", Email: "misaki.sato@globex.example.com"}.withPhone(cjkIndex)
	return out
}

// withPhone gives contact i a fictional 555 number; every seventh has none,
// as real admin lists often lack phones.
func (c contact) withPhone(i int) contact {
	if i%7 != 6 {
		c.PhoneNumber = fmt.Sprintf("+1 212-555-01%02d ext. %d", i%100, 1000+i)
	}
	return c
}

// spliceContacts replaces the fixture's empty contacts list with generated
// ones and re-indents the result like the hand-written fixtures.
func spliceContacts(raw []byte, cs []contact) ([]byte, error) {
	placeholder := []byte(`"contacts": []`)
	if n := bytes.Count(raw, placeholder); n != 1 {
		return nil, fmt.Errorf("want one %s placeholder, found %d", placeholder, n)
	}
	list, err := json.Marshal(cs)
	if err != nil {
		return nil, err
	}
	joined := bytes.Replace(raw, placeholder, append([]byte(`"contacts": `), list...), 1)
	var compact, out bytes.Buffer
	if err := json.Compact(&compact, joined); err != nil {
		return nil, err
	}
	if err := json.Indent(&out, compact.Bytes(), "", "    "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}
