// The checks behind ArchitectureReview::rules(), one function per rule, grouped by theme in
// resiliencerules.cpp, dataflowrules.cpp and hygienerules.cpp. Internal to the review: the gui
// and the CLI call ArchitectureReview.
#pragma once

#include "core/diagrams/architecturereview.h"
#include "core/diagrams/diagramgraph.h"

namespace Starloop::Diagrams::ReviewRules {

// What a finding calls a node: its label's first line in quotes, else its kind's name.
QString nameOf(const DiagramGraph &graph, const QString &nodeId);
ReviewFinding finding(
    Severity severity, const QStringList &nodeIds, const QStringList &edgeIds, const QString &message);

// resiliencerules.cpp
void singlePointOfFailure(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void storeInOneZone(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void noReplicaOrBackup(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void computeInOneZone(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void fleetWithoutLoadBalancer(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void loadBalancerWithOneTarget(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void crossRegionSyncCall(const DiagramGraph &graph, QVector<ReviewFinding> &findings);

// dataflowrules.cpp
void queueWithoutDeadLetter(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void queueWithoutConsumer(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void publicDataStore(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void clientReachesStore(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void readPathWithoutCache(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void cacheWithoutStore(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void apiWithoutAuth(const DiagramGraph &graph, QVector<ReviewFinding> &findings);

// hygienerules.cpp
void noMonitoring(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void monitoringUnwired(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void unlabeledRequestEdge(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void orphanComponent(const DiagramGraph &graph, QVector<ReviewFinding> &findings);
void noClients(const DiagramGraph &graph, QVector<ReviewFinding> &findings);

} // namespace Starloop::Diagrams::ReviewRules
