# Generates pdf_radicals.inc: the table from Kangxi and CJK radicals to the unified ideographs they stand for, read at
# configure time from Debian's unicode-data package (never typed in). Chromium's fonts map many common characters
# (文, 人, 工 …) to the radical's code point in /ToUnicode; the reader puts the ideograph back, as poppler does.
set(_eui /usr/share/unicode/EquivalentUnifiedIdeograph.txt)
if(NOT EXISTS "${_eui}")
  message(FATAL_ERROR "${_eui} is missing: apt-get install unicode-data (scripts/setup.sh does)")
endif()
file(STRINGS "${_eui}" _eui_lines REGEX "^[0-9A-F]")
set(_rows "")
foreach(_l IN LISTS _eui_lines)
  if(_l MATCHES "^([0-9A-F]+)(\\.\\.([0-9A-F]+))? *; *([0-9A-F]+)")
    set(_lo "${CMAKE_MATCH_1}")
    set(_hi "${CMAKE_MATCH_3}")
    if(_hi STREQUAL "")
      set(_hi "${_lo}")
    endif()
    string(APPEND _rows "    {0x${_lo}, 0x${_hi}, 0x${CMAKE_MATCH_4}},\n")
  endif()
endforeach()
set(NIANBAO_PDF_GENERATED_DIR "${CMAKE_CURRENT_BINARY_DIR}/generated")
file(CONFIGURE OUTPUT "${NIANBAO_PDF_GENERATED_DIR}/pdf_radicals.inc"
     CONTENT "// Generated from ${_eui} by core/src/documents/pdf/radicals.cmake. Do not edit.\n${_rows}")
