# Central office messages: fr (Fluent). Each id is in exactly one file of i18n/fr/.
