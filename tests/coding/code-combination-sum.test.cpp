// Checks the C++ solution printed in content/questions/coding/code-combination-sum.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <functional>
#include <iostream>
#include <numeric>
#include <vector>

namespace {
int failures = 0;
using Sets = std::vector<std::vector<int>>;

Sets norm(Sets sets) {
    for (auto& s : sets) {
        std::sort(s.begin(), s.end());
    }
    std::sort(sets.begin(), sets.end());
    return sets;
}

// Reference: decide how many times each candidate is used, one candidate at a time.
Sets byCounts(const std::vector<int>& candidates, int target) {
    Sets found;
    std::vector<int> chosen;
    std::function<void(std::size_t, int)> pick = [&](std::size_t i, int remaining) {
        if (remaining == 0) {
            found.push_back(chosen);
            return;
        }
        if (i == candidates.size()) {
            return;
        }
        const std::size_t before = chosen.size();
        for (int used = 0; used * candidates[i] <= remaining; ++used) {
            pick(i + 1, remaining - used * candidates[i]);
            chosen.push_back(candidates[i]);
        }
        chosen.resize(before);
    };
    pick(0, target);
    return norm(found);
}

void check(const std::vector<int>& candidates, int target, const char* name) {
    if (norm(combinationSum(candidates, target)) != byCounts(candidates, target)) {
        std::cerr << name << ": wrong combinations for target " << target << '\n';
        ++failures;
    }
}
}  // namespace

int main() {
    check({2, 3, 6, 7}, 7, "worked example");
    check({2, 3, 5}, 8, "three answers");
    check({2}, 1, "no answer");
    check({40}, 40, "candidate equals target");
    check({7, 3, 2}, 7, "unsorted input");
    {
        std::vector<int> all(39);
        std::iota(all.begin(), all.end(), 2);
        if (combinationSum(all, 40).size() != 6153) {
            std::cerr << "candidates 2..40, target 40: expected 6153 combinations\n";
            ++failures;
        }
    }
    unsigned state = 7;
    auto next = [&state](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 8) % bound);
    };
    for (int round = 0; round < 300 && failures == 0; ++round) {
        std::vector<int> candidates;
        const int n = 1 + next(6);
        while (static_cast<int>(candidates.size()) < n) {
            const int value = 2 + next(39);
            if (std::find(candidates.begin(), candidates.end(), value) == candidates.end()) {
                candidates.push_back(value);
            }
        }
        check(candidates, 1 + next(40), "random candidates");
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-combination-sum: all checks passed\n";
    return 0;
}
