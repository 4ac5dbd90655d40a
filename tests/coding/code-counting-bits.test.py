# Checks the Python solution printed in content/questions/coding/code-counting-bits.md.
assert count_bits(0) == [0]
assert count_bits(2) == [0, 1, 1]
assert count_bits(5) == [0, 1, 1, 2, 1, 2]

ans = count_bits(100000)
assert len(ans) == 100001
assert ans == [bin(i).count("1") for i in range(100001)]
assert sum(ans) == 815030

for n in range(0, 300):
    assert count_bits(n) == ans[:n + 1], n
