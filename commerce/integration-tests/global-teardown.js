module.exports = require("./global-setup").dropMigrated
