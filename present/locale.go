package present

// languages are the locales Adobe documents for preferredLanguage
// (https://developer.adobe.com/vipmp/docs/references/supported-locales).
var languages = map[string]string{
	"bg-BG": "Bulgarian", "cs-CZ": "Czech", "da-DK": "Danish", "de-DE": "German",
	"en-AE": "English, UAE", "en-GB": "English, UK", "en-IL": "English, Israel", "en-US": "English, US",
	"en-XM": "English, international", "es-ES": "Spanish, Spain", "es-LA": "Spanish, Latin America",
	"es-MX": "Spanish, Mexico", "es-NA": "Spanish, North America", "et-EE": "Estonian", "fi-FI": "Finnish",
	"fr-CA": "French, Canada", "fr-FR": "French, France", "fr-MA": "French, Morocco",
	"fr-XM": "French, international", "hr-HR": "Croatian", "hu-HU": "Hungarian", "it-IT": "Italian",
	"ja-JP": "Japanese", "ko-KR": "Korean", "lt-LT": "Lithuanian", "lv-LV": "Latvian", "nb-NO": "Norwegian",
	"nl-NL": "Dutch", "pl-PL": "Polish", "pt-BR": "Portuguese, Brazil", "ro-RO": "Romanian",
	"ru-RU": "Russian", "sk-SK": "Slovak", "sl-SI": "Slovenian", "sr-RS": "Serbian", "sr-SP": "Serbian",
	"sv-SE": "Swedish", "tr-TR": "Turkish", "uk-UA": "Ukrainian", "zh-CN": "Chinese, China",
	"zh-HANS": "Chinese, Simplified", "zh-HANT": "Chinese, Traditional", "zh-TW": "Chinese, Taiwan",
}

// countries are the ISO 3166-1 codes of the demo customers and their
// neighbours; any other code is shown raw.
var countries = map[string]string{
	"US": "United States", "CA": "Canada", "GB": "United Kingdom", "IE": "Ireland", "DE": "Germany",
	"FR": "France", "JP": "Japan", "AU": "Australia", "NL": "Netherlands", "ES": "Spain", "IT": "Italy",
}

// regions are ISO 3166-2 subdivisions (without the country prefix, as the
// API sends them) for the demo customers' addresses.
var regions = map[string]string{
	"US-CA": "California", "US-CO": "Colorado", "US-NV": "Nevada", "US-NY": "New York",
	"US-TX": "Texas", "US-WA": "Washington", "CA-QC": "Quebec", "CA-ON": "Ontario",
	"DE-BY": "Bavaria", "GB-LND": "London", "IE-D": "Dublin", "JP-13": "Tokyo",
}

// Language is a preferred language in words: "Japanese (ja-JP)".
func Language(code string) string {
	words, ok := languages[code]
	return Labelled(words, code, ok)
}

// Country is a country in words: "Japan (JP)".
func Country(code string) string {
	words, ok := countries[code]
	return Labelled(words, code, ok)
}

// Region is a region in words with its full ISO code: "Tokyo (JP-13)";
// the code as sent when it is not in the table.
func Region(country, region string) string {
	full := country + "-" + region
	if words, ok := regions[full]; ok {
		return words + " (" + full + ")"
	}
	return OrNone(region)
}
