# Central office messages: de (Fluent). Each id is in exactly one file of i18n/de/.
