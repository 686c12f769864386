"""Starting scenarios built from the shipped public data (`samsim new`)."""
