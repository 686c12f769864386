"""Closed forms of the Erlang loss and delay formulas, the references the engine must meet."""

from __future__ import annotations


def erlang_b(servers: int, offered: float) -> float:
    """Blocking probability of M/G/c/c with offered load `offered` (Erlangs), by the stable
    recursion B(k) = a B(k-1) / (k + a B(k-1))."""
    blocking = 1.0
    for k in range(1, servers + 1):
        blocking = offered * blocking / (k + offered * blocking)
    return blocking


def erlang_c(servers: int, offered: float) -> float:
    """Probability of waiting in M/M/c: C = B / (1 - ρ (1 - B)), ρ = a / c."""
    blocking = erlang_b(servers, offered)
    rho = offered / servers
    return blocking / (1 - rho * (1 - blocking))


def mmc_mean_wait(servers: int, arrival_rate: float, service_mean: float) -> float:
    """Mean wait in queue of M/M/c: C / (c μ - λ)."""
    offered = arrival_rate * service_mean
    return erlang_c(servers, offered) / (servers / service_mean - arrival_rate)
