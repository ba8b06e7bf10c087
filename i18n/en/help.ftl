# Command-line help messages: en (Fluent). Each id is in exactly one file of i18n/en/.
