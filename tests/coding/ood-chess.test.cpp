// Checks the C++ class design printed in content/questions/ood/ood-chess.md.
#include SOLUTION_HEADER

#include <iostream>
#include <string>

namespace {
int failures = 0;

void expect(bool ok, const char* what, int line) {
    if (!ok) {
        std::cerr << "line " << line << ": check failed: " << what << '\n';
        ++failures;
    }
}

Position at(const char* square) { return *Position::parse(square); }

int countLegalMoves(const Game& game) {
    int total = 0;
    for (int i = 0; i < 64; ++i) total += static_cast<int>(game.legalMovesFrom({i % 8, i / 8}).size());
    return total;
}

Board boardWith(std::initializer_list<std::pair<const char*, std::pair<PieceKind, Color>>> pieces) {
    Board board;
    for (const auto& [square, piece] : pieces) board.place(at(square), makePiece(piece.first, piece.second));
    return board;
}
}  // namespace

#define EXPECT(condition) expect((condition), #condition, __LINE__)

int main() {
    using E = MoveError;
    const auto W = Color::White;
    const auto B = Color::Black;
    EXPECT(Position::parse("e2") && at("e2").file == 4 && at("e2").rank == 1 && at("h8").name() == "h8");
    EXPECT(!Position::parse("i1") && !Position::parse("a9") && !Position::parse("e"));

    {  // opening position
        Game game;
        EXPECT(game.board().toString() ==
               "rnbqkbnr\npppppppp\n........\n........\n........\n........\nPPPPPPPP\nRNBQKBNR\n");
        EXPECT(countLegalMoves(game) == 20);  // 16 pawn moves and 4 knight moves
        EXPECT(game.status() == GameStatus::InProgress && game.toMove() == W);
        EXPECT(game.move("e3", "e4") == E::NoPiece);
        EXPECT(game.move("e7", "e5") == E::NotYourTurn);
        EXPECT(game.move("e2", "e5") == E::IllegalMove);
        EXPECT(game.move("f1", "c4") == E::IllegalMove);  // the bishop is blocked by its own pawn
        EXPECT(game.move("z9", "e4") == E::BadSquare);
        EXPECT(game.move("g1", "f3") == E::None);  // knights jump
        EXPECT(game.toMove() == B);
    }
    {  // fool's mate
        Game game;
        EXPECT(game.move("f2", "f3") == E::None);
        EXPECT(game.move("e7", "e5") == E::None);
        EXPECT(game.move("g2", "g4") == E::None);
        EXPECT(game.move("d8", "h4") == E::None);
        EXPECT(game.status() == GameStatus::Checkmate && game.toMove() == W);
        EXPECT(game.move("a2", "a3") == E::GameOver);
        EXPECT(game.history().size() == 4 && game.history().back().piece == 'q');
    }
    {  // a pinned rook may only move along the pin
        Game game(boardWith({{"e1", {PieceKind::King, W}}, {"e2", {PieceKind::Rook, W}},
                             {"e8", {PieceKind::Rook, B}}, {"a8", {PieceKind::King, B}}}),
                  W);
        EXPECT(game.move("e2", "d2") == E::LeavesKingInCheck);
        EXPECT(game.legalMovesFrom(at("e2")).size() == 6);  // e3..e7 and the capture on e8
        EXPECT(game.move("e2", "e8") == E::None);
        EXPECT(game.history().back().capture);
        EXPECT(game.status() == GameStatus::Check);  // the black king on a8 is attacked along rank 8
    }
    {  // stalemate: black to move, not in check, no legal move
        Game game(boardWith({{"h8", {PieceKind::King, B}}, {"g6", {PieceKind::Queen, W}},
                             {"f7", {PieceKind::King, W}}}),
                  B);
        EXPECT(game.status() == GameStatus::Stalemate);
        EXPECT(game.move("h8", "h7") == E::GameOver);
    }
    {  // promotion
        Game game(boardWith({{"a7", {PieceKind::Pawn, W}}, {"e1", {PieceKind::King, W}},
                             {"e8", {PieceKind::King, B}}, {"h7", {PieceKind::Pawn, B}}}),
                  W);
        EXPECT(game.move("a7", "a8", PieceKind::King) == E::BadPromotion);
        Game underpromote = game;
        EXPECT(underpromote.move("a7", "a8", PieceKind::Knight) == E::None);
        EXPECT(underpromote.board().at(at("a8"))->kind() == PieceKind::Knight);
        EXPECT(underpromote.status() == GameStatus::InProgress);
        EXPECT(game.move("a7", "a8") == E::None);  // queen by default
        EXPECT(game.board().at(at("a8"))->symbol() == 'Q');
        EXPECT(game.status() == GameStatus::Check);
        EXPECT(game.move("h7", "h5") == E::LeavesKingInCheck);  // black must answer the check
        EXPECT(game.move("e8", "e7") == E::None);
    }
    {  // pawns: blocked double step, diagonal capture only
        Game game(boardWith({{"e2", {PieceKind::Pawn, W}}, {"e3", {PieceKind::Knight, B}},
                             {"d3", {PieceKind::Bishop, B}}, {"a1", {PieceKind::King, W}},
                             {"h8", {PieceKind::King, B}}}),
                  W);
        EXPECT(game.move("e2", "e4") == E::IllegalMove);
        EXPECT(game.move("e2", "e3") == E::IllegalMove);
        EXPECT(game.legalMovesFrom(at("e2")).size() == 1);
        EXPECT(game.move("e2", "d3") == E::None);
    }
    if (failures != 0) {
        std::cerr << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "ood-chess: all checks passed\n";
    return 0;
}
