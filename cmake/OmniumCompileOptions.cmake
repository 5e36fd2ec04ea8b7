# Project-wide compile settings for Omnium's own targets (not third-party code).
# omnium_strict(<target>) turns warnings into errors and applies Qt's strict string defines.
function(omnium_strict target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_UP_TO=0x060500
        OMNIUM_VERSION="${PROJECT_VERSION}"
        OMNIUM_APP_ID="${OMNIUM_APP_ID}")
endfunction()

# omnium_shared_layer(<target>): omnium_store, omnium_models and omnium_views are shared
# libraries, so touching one of their .cpp files relinks one library, not every test program
# (issue #23). They are private to Omnium: installed in <libdir>/omnium and found through
# RUNPATH. --no-undefined keeps a symbol from a layer above a link error, as in a static build.
set(OMNIUM_PRIVATE_LIBDIR ${CMAKE_INSTALL_LIBDIR}/omnium)
function(omnium_shared_layer target)
    target_link_options(${target} PRIVATE LINKER:--no-undefined)
    set_target_properties(${target} PROPERTIES INSTALL_RPATH "$ORIGIN")
    install(TARGETS ${target} LIBRARY DESTINATION ${OMNIUM_PRIVATE_LIBDIR})
endfunction()

# omnium_installed_program(<target>): installs a program that links the shared layers.
function(omnium_installed_program target)
    file(RELATIVE_PATH libdir ${CMAKE_INSTALL_FULL_BINDIR} ${CMAKE_INSTALL_PREFIX}/${OMNIUM_PRIVATE_LIBDIR})
    set_target_properties(${target} PROPERTIES INSTALL_RPATH "$ORIGIN/${libdir}")
    install(TARGETS ${target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endfunction()

# omnium_pch(<target> [headers…]): precompiles the Qt headers most of the layer's files include,
# and the given ones. A third less time for a cold build of omnium_models and omnium_views
# (issue #23); ccache still caches these compilations with the sloppiness set in CMakeLists.txt.
function(omnium_pch target)
    target_precompile_headers(${target} PRIVATE
        <QObject> <QString> <QList> <QHash> <QSet> <QDateTime> <QTimeZone> <QVariant>
        <QJsonObject> <QJsonArray> <QJsonDocument> <QAbstractListModel> <QCoreApplication>
        <QSqlQuery> <QFile> <QFileInfo> <QUrl> <QTimer> <QRegularExpression> ${ARGN})
endfunction()
