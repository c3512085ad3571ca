SELECT postgis_lib_version() AS version;
