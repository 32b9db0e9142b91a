import type { Cluster, Redis } from 'ioredis';

/** A connection to one Redis node (also behind Sentinel) or to a Redis Cluster: what the store and BullMQ are given. */
export type RedisClient = Redis | Cluster;
