// The local redis-server launcher moved to tools/local-redis/ (the dev server uses it too);
// test code keeps importing it from here.
export * from "../../tools/local-redis/redis-server";
