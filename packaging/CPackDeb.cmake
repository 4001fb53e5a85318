# The Debian package (`cpack -G DEB` in a build tree; packaging/build-deb.sh does it all):
# dermalens_<version>_<arch>.deb with both programs, the shipped model, translations, desktop
# entry, icons, AppStream metadata and manual pages, installed under /usr.
# Depends = what dpkg-shlibdeps finds in the binaries + what they load at run time.
include(GNUInstallDirs)

# Debian policy: a copyright file and a compressed changelog (native package: changelog.gz) in /usr/share/doc/<package>.
set(DERMALENS_DEB_DOC ${CMAKE_INSTALL_DATADIR}/doc/dermalens)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${DERMALENS_DEB_DOC} RENAME copyright)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/changelog.gz
    COMMAND sh -c "gzip -9 -n -c '${PROJECT_SOURCE_DIR}/packaging/debian/changelog' > '${CMAKE_BINARY_DIR}/changelog.gz'"
    DEPENDS ${PROJECT_SOURCE_DIR}/packaging/debian/changelog VERBATIM)
add_custom_target(dermalens_deb_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/changelog.gz)
install(FILES ${CMAKE_BINARY_DIR}/changelog.gz DESTINATION ${DERMALENS_DEB_DOC})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dermalens)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Dermalens authors")
set(CPACK_PACKAGE_CONTACT "The Dermalens authors <dermalens@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline dermoscopy viewer with AI decision support")
# CPack puts the summary first and indents these lines; an empty line becomes " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Dermalens opens dermoscopic photos and DICOM images on a clinic workstation,
shows all of one patient's lesions side by side and ranks them by how unusual
each looks among the patient's others (the ugly duckling sign). An EfficientNet
classifier gives calibrated predictions with Grad-CAM heatmaps computed on the
workstation. Nothing leaves the machine.

This package holds the viewer (dermalens), the command line tool
(dermalens-cli) and the shipped model. The model was trained on the HAM10000
research data set and is for non-commercial research use. Dermalens is
decision support, not a diagnosis.")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps cannot see what Qt loads at run time: the platform plugins (xcb), the SVG
# icon engine and image plugin (the icons are SVG) and fonts (a minimal Debian has none, and
# Qt draws no text without one). CJK fonts for the Korean UI. Qt Charts (the follow-up
# timeline's chart) is linked, so dpkg-shlibdeps finds it too; named here for a build without it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libqt6charts6, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")
include(CPack)
