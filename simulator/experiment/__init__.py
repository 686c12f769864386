"""Experiments: trials of replications with confidence intervals, paired comparisons under
common random numbers, parameter sweeps, executors and resumable result stores."""
