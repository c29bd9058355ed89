import { createKafka } from '../../../connectors/shared/kafka';
import { kafkaBrokers, randomTopicName } from '../../helpers/kafka-broker';

export interface ReceivedChange {
  key: string | null;
  id: string;
  entityType: string;
  entityId: string;
  change: string;
  payload: Record<string, unknown>;
}

export interface ChangeConsumer {
  /** Every change consumed so far, in partition order. */
  received: ReceivedChange[];
  stop(): Promise<void>;
}

/** Consumes a change topic from the beginning in a group of its own, decoding each message. */
export async function consumeChanges(topic: string): Promise<ChangeConsumer> {
  const kafka = createKafka({ brokers: kafkaBrokers(), clientId: randomTopicName('changes-reader') });
  const received: ReceivedChange[] = [];
  const consumer = kafka.createBatchConsumer({
    groupId: randomTopicName('changes-reader'),
    topics: [topic],
    fromBeginning: true,
    onAssigned: async () => undefined,
    onBatch: async (batch) => {
      for (const m of batch.messages)
        received.push({ key: m.key, ...(JSON.parse(m.value!) as Omit<ReceivedChange, 'key'>) });
      const last = batch.messages[batch.messages.length - 1];
      if (last) batch.resolveOffset(last.offset);
    },
  });
  await consumer.start();
  return { received, stop: () => consumer.stop() };
}
