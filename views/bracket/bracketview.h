// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phasebracket.h"
#include "shell/theme.h"

#include <QPointer>
#include <QQuickItem>

#include <memory>

class QSGNode;
struct Primitives;
struct BracketNode;
struct TextTiles;

// Draws a PhaseBracket through the scene graph: all boxes and connectors are two geometry
// nodes under one transform, so panning and zooming only change a matrix. Text (what costs
// most to build) is cut into tiles of the layout: a tile's text nodes are made when the tile
// first comes into view — the visible ones at once, those around the view a few per frame —
// and kept until the bracket changes. Zoom and pan are properties the QML handlers drive
// (wheel, drag, pinch, keys), and the layout coordinates of the top-left corner of the view
// are contentX/contentY.
class BracketView : public QQuickItem
{
    Q_OBJECT
    Q_PROPERTY(PhaseBracket *bracket READ bracket WRITE setBracket NOTIFY bracketChanged)
    Q_PROPERTY(qreal zoom READ zoom WRITE setZoom NOTIFY viewChanged)
    Q_PROPERTY(qreal contentX READ contentX WRITE setContentX NOTIFY viewChanged)
    Q_PROPERTY(qreal contentY READ contentY WRITE setContentY NOTIFY viewChanged)
    // Entrant whose path is highlighted (0 = none); hovering a slot sets it.
    Q_PROPERTY(
        qint64 highlightedEntrant READ highlightedEntrant WRITE setHighlightedEntrant NOTIFY highlightedEntrantChanged)
    // Match drawn as selected (0 = none).
    Q_PROPERTY(qint64 selectedMatch READ selectedMatch WRITE setSelectedMatch NOTIFY selectedMatchChanged)
    Q_PROPERTY(QColor boxColour MEMBER m_boxColour NOTIFY coloursChanged)
    Q_PROPERTY(QColor textColour MEMBER m_textColour NOTIFY coloursChanged)
    Q_PROPERTY(QColor lineColour MEMBER m_lineColour NOTIFY coloursChanged)
    Q_PROPERTY(QColor accentColour MEMBER m_accentColour NOTIFY coloursChanged)
    Q_PROPERTY(qreal fontPixelSize MEMBER m_fontPixelSize NOTIFY coloursChanged)

public:
    explicit BracketView(QQuickItem *parent = nullptr);
    ~BracketView() override;

    PhaseBracket *bracket() const { return m_bracket; }
    void setBracket(PhaseBracket *bracket);
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    qreal contentX() const { return m_contentX; }
    void setContentX(qreal x);
    qreal contentY() const { return m_contentY; }
    void setContentY(qreal y);
    qint64 highlightedEntrant() const { return m_highlightedEntrant; }
    void setHighlightedEntrant(qint64 entrant);
    qint64 selectedMatch() const { return m_selectedMatch; }
    void setSelectedMatch(qint64 match);

    // Shows the whole bracket, centred.
    Q_INVOKABLE void fitToView();
    // Zooms by factor keeping the layout point under viewPoint in place.
    Q_INVOKABLE void zoomAt(qreal factor, QPointF viewPoint);
    Q_INVOKABLE void panBy(qreal dx, qreal dy);
    // Centres the view on a match at a readable zoom (within the bracket's edges).
    Q_INVOKABLE void centreOn(qint64 match);
    // The drawn match nearest to `match` in a direction (dx, dy: one of them ±1), for the arrow
    // keys; without a match (0), the drawn match nearest the middle of the view. 0 if none.
    Q_INVOKABLE qint64 matchTowards(qint64 match, int dx, int dy) const;
    // Pans as little as needed for the match's box to be in view.
    Q_INVOKABLE void ensureVisible(qint64 match);
    // The match / entrant under a point of the view, or 0.
    Q_INVOKABLE qint64 matchAt(QPointF viewPoint) const;
    Q_INVOKABLE qint64 entrantAt(QPointF viewPoint) const;
    // The names and placeholders of drawn boxes too wide for their box at this font size (drawn
    // elided): what page tests look for, as they look for cut labels.
    Q_INVOKABLE QStringList cutTexts() const;

    static constexpr qreal minimumZoom = 0.02;
    static constexpr qreal maximumZoom = 4.0;

    // What the last scene-graph sync did and how long it took (read by the benchmark).
    struct SyncStats {
        qint64 geometryNs = 0; // boxes and connectors
        qint64 highlightNs = 0;
        qint64 textNs = 0;
        int tilesBuilt = 0;
        int tilesShown = 0;
        int tilesPending = 0; // near the view, left for the next frames
    };
    SyncStats lastSync() const { return m_stats; }

Q_SIGNALS:
    void bracketChanged();
    void viewChanged();
    void highlightedEntrantChanged();
    void selectedMatchChanged();
    void coloursChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    QPointF toLayout(QPointF viewPoint) const;
    QRectF visibleLayoutRect() const;
    void markDirty(int what);
    void emitRectangles(QSGNode *container, const Primitives &primitives, const QColor &lineColour);
    void makeTiles();
    void updateText(BracketNode *root);
    QSGNode *buildTile(std::size_t tile) const;
    // Where a slot's name is written inside its half of a box.
    QRectF nameArea(const QRectF &slot) const;

    enum Dirty { Geometry = 1, Transform = 2, Highlight = 4, Text = 8 };
    QPointer<PhaseBracket> m_bracket;
    qreal m_zoom = 1;
    qreal m_contentX = 0;
    qreal m_contentY = 0;
    qint64 m_highlightedEntrant = 0;
    qint64 m_selectedMatch = 0;
    QColor m_boxColour = Theme::paper().surface;
    QColor m_textColour = Theme::paper().text;
    QColor m_lineColour = Theme::paper().line;
    QColor m_accentColour = Theme::accent();
    qreal m_fontPixelSize = 14;
    int m_dirty = Geometry | Transform | Highlight | Text;
    std::unique_ptr<TextTiles> m_tiles; // which boxes and titles each text tile holds
    qreal m_lineZoom = 0; // zoom the software renderer's line rectangles were made for
    SyncStats m_stats;
};
