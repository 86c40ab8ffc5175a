"""What a record is: the field kinds, the record classes, the registry of collections, the data's own words, and the JSON Schema and blank records made from them."""
