"""Legevakt rotas: who works which shift."""
