"""The network picture (issue 25): 200 organisations with their survey answers (two needs
and two offers each among 40 topics, a partner named in every third profile), from the
database to the SVG, median of 3; beside it, in the same run, the floor: Graphviz laying
out nothing: writing the same picture from the positions it already has (neato -n2,
the same nodes, edges and labels). Target: under 2 s.
Run: python benchmarks/graph.py [ORGANISATIONS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import graphviz  # noqa: E402

from smartnet_desktop.db import open_database  # noqa: E402
from smartnet_desktop.domain.graph_rows import MATCH  # noqa: E402
from smartnet_desktop.reports.network_graph import render_graph  # noqa: E402
from smartnet_desktop.services.network_graph import network_graph  # noqa: E402
from tests.network_sample import fill  # noqa: E402


def median_time(call, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as folder:
        engine, sessions = open_database(Path(folder) / "graph.db")
        fill(sessions, count)
        graph = network_graph(sessions)
        labels = sum(1 for e in graph.edges if e.kind == MATCH)
        figure = median_time(lambda: render_graph(network_graph(sessions), "svg"))
        # the same picture, already laid out: only measuring the words and writing the SVG
        placed = render_graph(graph, "dot")
        floor = median_time(lambda: graphviz.pipe("neato", "svg", placed, neato_no_op=2))
        engine.dispose()
    print(f"organisations: {len(graph.nodes)}, edges: {len(graph.edges)} ({labels} matches)")
    print(f"network picture, database to SVG: {figure:.2f} s (target < 2 s)")
    print(f"floor, Graphviz writing the laid-out picture (neato -n2): {floor:.2f} s")
    print(f"ratio: {figure / floor:.1f}x")


if __name__ == "__main__":
    main()
