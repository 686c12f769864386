"""The gallery: every collaboration the sources describe as a real region with and without it
(scenarios/gallery/, docs/gallery.md)."""
