# Checks the Python templates printed in content/questions/coding/pattern-sliding-window.md.
assert longest_window("eceba", lambda counts, length: len(counts) > 2) == 3          # "ece"
assert longest_window("abcabcbb", lambda counts, length: len(counts) < length) == 3  # no repeats
assert longest_window("", lambda counts, length: True) == 0
need = {"a": 1, "b": 1, "c": 1}
covers = lambda counts, length: all(counts.get(c, 0) >= n for c, n in need.items())
assert shortest_window("ADOBECODEBANC".lower(), covers) == 4                         # "banc"
assert shortest_window("aab", covers) == 0
