// ModelSolution: the bank answer's own code for the scratchpad: the first fenced block of a
// language (to diff an attempt against) and a starter made from its signatures.
//
//   extract(answerMd, "python")  -> the first ```python block, without the fences
//   starter(answerMd, "python")  -> "def two_sum(nums, target):\n    pass\n"
//   starter(answerMd, "java")    -> "class Solution {\n    int[] twoSum(int[] nums, int target) {\n"
//                                    "        throw new UnsupportedOperationException(...);\n    }\n}\n"
//     (Python: top-level functions and public methods keep their signature with a `pass` body; a
//      class whose only method is __init__ (ListNode, TreeNode: given by the problem) stays whole;
//      private helpers (_Node, _unlink) are left out. Java alike: imports kept, non-private
//      methods and constructors with empty bodies, data-only classes whole, private members out.)
#pragma once

#include <QString>

namespace Starloop::Coding {

class ModelSolution
{
public:
    static QString extract(const QString &markdown, const QString &language);
    static QString starter(const QString &markdown, const QString &language);
    // A comment line to start from when no model solution helps ("# Your solution").
    static QString blankStarter(const QString &language);
};

} // namespace Starloop::Coding
