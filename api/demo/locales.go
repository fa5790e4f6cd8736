package demo

// locale is where a generated customer is: its language, address and
// currency, with five company-name stems written in the local script, so
// the book mixes accented Latin, CJK, Hangul, Cyrillic, Greek and Arabic.
type locale struct {
	lang, country, region, city, street, postal, phone, currency string
	stems                                                        [5]string
	admin                                                        name // the customer's first admin
}

// locales are the generated customers' homes; languages are from Adobe's
// supported-locales list (Greece and the Emirates use English, which the
// list offers there).
var locales = []locale{
	{"en-US", "US", "NY", "New York", "350 Fifth Avenue", "10118", "+1 212-555-0140", "USD",
		[5]string{"Northwind Traders", "Blue Heron Analytics", "Cobalt Ridge Media", "Maple & Finch Architects", "Silverline Logistics"},
		name{"Dana Whitfield", "dana.whitfield"}},
	{"fr-FR", "FR", "75", "Paris", "12 rue de Rivoli", "75004", "+33 1 55 55 01 40", "EUR",
		[5]string{"Atelier Lumière", "Éditions Bélanger", "Café Crème Créations", "Maison Hélène Graphisme", "Studio Gaëlle Durand"},
		name{"Amélie Rousseau", "amelie.rousseau"}},
	{"de-DE", "DE", "BE", "Berlin", "Friedrichstraße 43", "10117", "+49 30 5550 1400", "EUR",
		[5]string{"Grün & Weiß Werbeagentur", "Schöne Aussicht Verlag", "Nordlicht Filmproduktion", "Über den Dächern Architekten", "Bärenstark Druckerei"},
		name{"Jürgen Köhler", "juergen.koehler"}},
	{"ja-JP", "JP", "13", "東京", "千代田区丸の内1-1-1", "100-0005", "+81 3-5550-0140", "JPY",
		[5]string{"東京デザイン工房", "さくら映像制作", "富士山グラフィックス", "株式会社青空メディア", "京都アートラボ"},
		name{"美咲 佐藤", "misaki.sato"}},
	{"zh-CN", "CN", "BJ", "北京", "朝阳区建国路88号", "100022", "+86 10 5550 0140", "CNY",
		[5]string{"北京星辰设计", "上海明月传媒", "长城数字出版", "龙腾动画工作室", "华彩印刷"},
		name{"芳 王", "fang.wang"}},
	{"ko-KR", "KR", "11", "서울", "강남구 테헤란로 152", "06236", "+82 2-555-0140", "KRW",
		[5]string{"서울 디자인 스튜디오", "한빛 미디어랩", "푸른하늘 출판", "새벽 영상", "별빛 크리에이티브"},
		name{"민준 김", "minjun.kim"}},
	{"ru-RU", "RU", "MOW", "Москва", "ул. Тверская, 7", "125009", "+7 495 555-01-40", "EUR",
		[5]string{"Северное сияние Дизайн", "Ромашка Медиа", "Балтийская типография", "Студия Жар-птица", "Волга Принт"},
		name{"Ольга Смирнова", "olga.smirnova"}},
	{"en-GB", "GR", "I", "Αθήνα", "Ερμού 25", "10563", "+30 21 0555 0140", "EUR",
		[5]string{"Αθηνά Εκδόσεις", "Όλυμπος Γραφικά", "Ποσειδών Ναυτιλιακή", "Ίριδα Σχέδιο", "Ελιά Μέσα Ενημέρωσης"},
		name{"Ελένη Παππά", "eleni.pappa"}},
	{"en-AE", "AE", "DU", "دبي", "شارع الشيخ زايد 101", "00000", "+971 4 555 0140", "USD",
		[5]string{"النخلة للتصميم", "دار القلم للنشر", "الواحة الرقمية", "صقر الخليج للإعلام", "نجمة الصحراء"},
		name{"ليلى حداد", "layla.haddad"}},
	{"es-ES", "ES", "M", "Madrid", "Calle de Alcalá 45", "28014", "+34 91 555 01 40", "EUR",
		[5]string{"Diseños Peñalara", "Estudio Añil", "Ediciones Alborán", "Cigüeña Comunicación", "Tipografía Logroño"},
		name{"José Núñez", "jose.nunez"}},
	{"pl-PL", "PL", "14", "Warszawa", "ul. Marszałkowska 84", "00-514", "+48 22 555 01 40", "EUR",
		[5]string{"Łódź Kreatywna", "Żuraw Studio", "Świt Wydawnictwo", "Gęś Grafika", "Zielona Góra Media"},
		name{"Łukasz Wójcik", "lukasz.wojcik"}},
	{"tr-TR", "TR", "34", "İstanbul", "İstiklal Caddesi 120", "34433", "+90 212 555 01 40", "USD",
		[5]string{"Işık Tasarım", "Boğaziçi Medya", "Çınar Yayıncılık", "Güneş Ajans", "Şahin Reklam"},
		name{"Ayşe Yılmaz", "ayse.yilmaz"}},
}

// nameSuffixes multiply the 60 stems into 300 distinct company names.
var nameSuffixes = []string{"", " Group", " Studio", " Labs", " International"}

// specialNames name the special customers so they are easy to find in the
// list (type "Initech", "Brokenpipe" or "Lapsing" in the find box).
var specialNames = map[string]string{
	ManyOrdersID:   "Initech Order Archive Ltd",
	OrdersFailID:   "Brokenpipe Orders Inc.",
	AutoRenewOffID: "Lapsing Licences Ltd",
}
