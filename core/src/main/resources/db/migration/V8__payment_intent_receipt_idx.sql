-- A return of a code-paid sale finds the sale's paid intent by receipt number
-- (PaymentJournal.paidFor); without an index that lookup read the whole journal,
-- which only grows.
CREATE INDEX payment_intent_receipt_idx ON payment_intent (receipt_no);
