# Central office messages: es (Fluent). Each id is in exactly one file of i18n/es/.
