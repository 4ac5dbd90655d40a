// Checks the Java class design printed in content/questions/ood/ood-chess.md.
class ScenarioTest {
    private static int checks = 0;

    private static void check(boolean ok, String what) {
        checks++;
        if (!ok) {
            throw new AssertionError("check failed: " + what);
        }
    }

    private static Position at(String square) { return Position.parse(square).orElseThrow(); }

    private static int countLegalMoves(Game game) {
        int total = 0;
        for (int i = 0; i < 64; i++) total += game.legalMovesFrom(new Position(i % 8, i / 8)).size();
        return total;
    }

    // "Ke1 Re2 re8 ka8": upper case white, lower case black.
    private static Board boardWith(String pieces) {
        Board board = new Board();
        for (String token : pieces.split(" ")) {
            char letter = token.charAt(0);
            Color color = Character.isUpperCase(letter) ? Color.WHITE : Color.BLACK;
            PieceKind kind = switch (Character.toUpperCase(letter)) {
                case 'K' -> PieceKind.KING;
                case 'Q' -> PieceKind.QUEEN;
                case 'R' -> PieceKind.ROOK;
                case 'B' -> PieceKind.BISHOP;
                case 'N' -> PieceKind.KNIGHT;
                default -> PieceKind.PAWN;
            };
            board.place(at(token.substring(1)), Piece.of(kind, color));
        }
        return board;
    }

    public static void main(String[] args) {
        check(at("e2").file() == 4 && at("e2").rank() == 1 && at("h8").name().equals("h8"), "squares");
        check(Position.parse("i1").isEmpty() && Position.parse("a9").isEmpty(), "bad squares");

        Game opening = new Game();
        check(opening.board().toString().equals(
            "rnbqkbnr\npppppppp\n........\n........\n........\n........\nPPPPPPPP\nRNBQKBNR\n"), "setup");
        check(countLegalMoves(opening) == 20, "20 opening moves");
        check(opening.move("e3", "e4") == MoveError.NO_PIECE, "empty square");
        check(opening.move("e7", "e5") == MoveError.NOT_YOUR_TURN, "black moved first");
        check(opening.move("e2", "e5") == MoveError.ILLEGAL_MOVE, "pawn three squares");
        check(opening.move("f1", "c4") == MoveError.ILLEGAL_MOVE, "bishop blocked");
        check(opening.move("z9", "e4") == MoveError.BAD_SQUARE, "bad square");
        check(opening.move("g1", "f3") == MoveError.NONE && opening.toMove() == Color.BLACK, "knight jumps");

        Game fools = new Game();
        check(fools.move("f2", "f3") == MoveError.NONE && fools.move("e7", "e5") == MoveError.NONE, "1.");
        check(fools.move("g2", "g4") == MoveError.NONE && fools.move("d8", "h4") == MoveError.NONE, "2.");
        check(fools.status() == GameStatus.CHECKMATE && fools.toMove() == Color.WHITE, "fool's mate");
        check(fools.move("a2", "a3") == MoveError.GAME_OVER, "game over");
        check(fools.history().size() == 4 && fools.history().get(3).piece() == 'q', "history");

        Game pinned = new Game(boardWith("Ke1 Re2 re8 ka8"), Color.WHITE);
        check(pinned.move("e2", "d2") == MoveError.LEAVES_KING_IN_CHECK, "pinned rook");
        check(pinned.legalMovesFrom(at("e2")).size() == 6, "moves along the pin");
        check(pinned.move("e2", "e8") == MoveError.NONE && pinned.history().get(0).capture(), "capture");
        check(pinned.status() == GameStatus.CHECK, "check along rank 8");

        Game stalemate = new Game(boardWith("kh8 Qg6 Kf7"), Color.BLACK);
        check(stalemate.status() == GameStatus.STALEMATE, "stalemate");

        Game promo = new Game(boardWith("Pa7 Ke1 ke8 ph7"), Color.WHITE);
        check(promo.move("a7", "a8", PieceKind.KING) == MoveError.BAD_PROMOTION, "no king promotion");
        Game under = new Game(boardWith("Pa7 Ke1 ke8 ph7"), Color.WHITE);
        check(under.move("a7", "a8", PieceKind.KNIGHT) == MoveError.NONE, "underpromotion");
        check(under.board().at(at("a8")).kind() == PieceKind.KNIGHT, "knight on a8");
        check(promo.move("a7", "a8") == MoveError.NONE && promo.board().at(at("a8")).symbol() == 'Q', "queen");
        check(promo.status() == GameStatus.CHECK, "promotion gives check");
        check(promo.move("h7", "h5") == MoveError.LEAVES_KING_IN_CHECK, "must answer check");
        check(promo.move("e8", "e7") == MoveError.NONE, "king steps away");

        Game pawns = new Game(boardWith("Pe2 ne3 bd3 Ka1 kh8"), Color.WHITE);
        check(pawns.move("e2", "e4") == MoveError.ILLEGAL_MOVE, "blocked double step");
        check(pawns.move("e2", "e3") == MoveError.ILLEGAL_MOVE, "no straight capture");
        check(pawns.legalMovesFrom(at("e2")).size() == 1, "only the diagonal capture");
        check(pawns.move("e2", "d3") == MoveError.NONE, "diagonal capture");

        System.out.println("ood-chess (Java): all " + checks + " checks passed");
    }
}
