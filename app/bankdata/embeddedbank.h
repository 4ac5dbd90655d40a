// The question bank compiled into the executable (compressed CBOR of Bank::BankContents).
#pragma once

#include <QByteArray>

namespace Starloop::Bank {
QByteArray embeddedBankData();
}
