// A line edit's clear button, enabled with its first text. Enabling it reads the style's icon
// from disk (PNG files through the image plugins, about a millisecond for the first one), and
// the button shows only while there is text to clear, so a field that starts empty pays for it
// when the user first types, not while the window opens.
//
//   auto *search = new QLineEdit(row);
//   enableClearButtonWithText(search);
#pragma once

#include <QLineEdit>

namespace Starloop::Gui {

inline void enableClearButtonWithText(QLineEdit *edit)
{
    if (!edit->text().isEmpty()) {
        edit->setClearButtonEnabled(true);
        return;
    }
    QObject::connect(edit, &QLineEdit::textChanged, edit, [edit](const QString &text) {
        if (!text.isEmpty() && !edit->isClearButtonEnabled())
            edit->setClearButtonEnabled(true);
    });
}

} // namespace Starloop::Gui
