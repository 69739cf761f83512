# Documents (issue 10): the unit tests of read_document live in tests/unit/test_document*.cpp (globbed). Their
# helpers write deflated zips (tests/support/deflated_zip.h) and GBK/UTF-16 bytes with glibc's iconv, so the unit
# test binary links zlib too.
target_link_libraries(nianbao_unit_tests PRIVATE nianbao_zlib)
