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
