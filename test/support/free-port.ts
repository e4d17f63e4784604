// Moved to tools/ (the local redis-server launcher uses it too); test code keeps importing it from here.
export * from "../../tools/free-port";
