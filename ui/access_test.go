package ui

import "github.com/vipcx/vipcx/api"

// Accessors for tests: the topmost screen of each kind on the stack.

func (m Model) startS() startScreen {
	for i := len(m.stack) - 1; i >= 0; i-- {
		if s, ok := m.stack[i].(startScreen); ok {
			return s
		}
	}
	return startScreen{}
}

func (m Model) cust() customerScreen {
	for i := len(m.stack) - 1; i >= 0; i-- {
		if s, ok := m.stack[i].(customerScreen); ok {
			return s
		}
	}
	return customerScreen{}
}

func (m Model) loading() loadingScreen {
	l, _ := m.top().(loadingScreen)
	return l
}

// shown is the customer on the stack, nil when there is none.
func (m Model) shown() *api.Customer { return m.cust().customer }

// pressed is m after one key press, by its tea name.
func (m Model) pressed(name string) Model {
	m, _ = m.update(keyMsg(name))
	return m
}
