from claims.linking import bench


def test_the_benchmark_finds_restated_claims_in_a_small_index():
    result = bench.run(size=2_000, queries=30)
    assert result["found"] == 1.0
    assert result["median_ms"] > 0
