# Checks the Python solution printed in content/questions/coding/code-meeting-rooms.md.
import random


def peak(meetings):
    # the most meetings running at any integer instant (half-open intervals)
    times = {t for s, e in meetings for t in range(s, e)}
    return max((sum(s <= t < e for s, e in meetings) for t in times), default=0)


assert min_meeting_rooms([[0, 30], [5, 10], [15, 20]]) == 2
assert not can_attend_all([[0, 30], [5, 10], [15, 20]])
assert can_attend_all([]) and min_meeting_rooms([]) == 0

rng = random.Random(41)
for _ in range(500):
    meetings = []
    for _ in range(rng.randrange(8)):
        s = rng.randint(0, 15)
        meetings.append([s, s + rng.randint(1, 6)])
    expected = peak(meetings)
    assert min_meeting_rooms(meetings) == expected, meetings
    assert can_attend_all(meetings) == (expected <= 1), meetings
