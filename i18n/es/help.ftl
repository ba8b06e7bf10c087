# Command-line help messages: es (Fluent). Each id is in exactly one file of i18n/es/.
