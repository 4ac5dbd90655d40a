// Checks the C++ solution printed in content/questions/coding/code-top-k-frequent-keywords.md.
#include SOLUTION_HEADER

#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}

using Ranked = std::vector<KeywordCount>;
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    {  // worked example
        KeywordTracker tracker;
        tracker.addLine("ERROR disk full");
        tracker.addLine("error timeout");
        tracker.addLine("WARN disk slow");
        tracker.addLine("error disk full");
        EXPECT((tracker.topK(2) == Ranked{{"disk", 3}, {"error", 3}}));
        EXPECT((tracker.topK(3) == Ranked{{"disk", 3}, {"error", 3}, {"full", 2}}));
        EXPECT(tracker.countOf("warn") == 1);
        EXPECT(tracker.countOf("WARN") == 0);  // stored lower-case
        EXPECT(tracker.topK(0).empty());
        const Ranked all = tracker.topK(100);
        EXPECT(all.size() == 6);
        EXPECT((all.back() == KeywordCount{"warn", 1}));  // ties at 1: slow, timeout, warn
    }
    {  // punctuation, digits, last word of a line, empty lines
        KeywordTracker tracker;
        tracker.addLine("");
        tracker.addLine("!!! --- ???");
        tracker.addLine("user=42 status:500 path=/api/v1/items");
        tracker.addLine("status:500 retry#2");
        EXPECT(tracker.countOf("status") == 2);
        EXPECT(tracker.countOf("500") == 2);
        EXPECT(tracker.countOf("items") == 1);
        EXPECT(tracker.countOf("2") == 1);
        EXPECT((tracker.topK(2) == Ranked{{"500", 2}, {"status", 2}}));
    }
    {  // one-shot variant
        EXPECT((topKFrequent({"b", "a", "b", "c", "a", "b"}, 2) ==
                std::vector<std::string>{"b", "a"}));
        EXPECT(topKFrequent({}, 3).empty());
        EXPECT((topKFrequent({"x", "y", "z"}, 5) == std::vector<std::string>{"x", "y", "z"}));
        EXPECT((topKFrequent({"the", "day", "is", "sunny", "the", "the", "the", "sunny", "is", "is"},
                             4) == std::vector<std::string>{"the", "is", "sunny", "day"}));
    }
    {  // random words against a full sort
        unsigned state = 4242;
        std::vector<std::string> words;
        for (int i = 0; i < 5000; ++i) {
            state = state * 1103515245u + 12345u;
            const unsigned r = (state >> 8) % 1000;
            words.push_back("w" + std::to_string(r * r % 97));  // skewed distribution
        }
        std::map<std::string, long long> counts;
        for (const auto& w : words) {
            ++counts[w];
        }
        Ranked sorted(counts.begin(), counts.end());
        std::sort(sorted.begin(), sorted.end(), ranksHigher);
        for (std::size_t k : {1u, 5u, 10u, 50u, 200u}) {
            std::vector<std::string> want;
            for (std::size_t i = 0; i < std::min(k, sorted.size()); ++i) {
                want.push_back(sorted[i].first);
            }
            if (topKFrequent(words, k) != want) {
                std::cerr << "random words: top " << k << " differs from a full sort\n";
                ++failures;
            }
        }
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "code-top-k-frequent-keywords: all checks passed\n";
    return 0;
}
