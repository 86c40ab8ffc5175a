"""Reading: data/*.yml into node trees that keep their lines, stored source texts, the publisher's settings, and documents turned into stored sources."""
