// AlarmContacts: who an alarm reaches, from the environment table. Cloud Monitor policies (metric
// alarms) and CLS alarms (log alarms) each take their own kind of notice, so both are created from
// the same contacts: users and groups on the chosen channels, and/or a webhook.
import { Construct } from "constructs";
import { ClsAlarmNotice, ClsAlarmNoticeNoticeReceivers } from "../../.gen/providers/tencentcloud/cls-alarm-notice";
import { MonitorAlarmNotice, MonitorAlarmNoticeUserNotices } from "../../.gen/providers/tencentcloud/monitor-alarm-notice";
import { AlarmChannel, AlarmContacts as AlarmContactSettings } from "../../config/operations-settings";
import { DEFAULT_ALARM_CHANNELS } from "../../config/validate-operations";
import { ResourceNames } from "../resource-names";
import { CLS_ALARM_VALUES } from "../../../cloud/cls";
import { MONITOR_NOTICE_VALUES } from "../../../cloud/monitor";

export interface AlarmContactsProps {
  names: ResourceNames;
  contacts: AlarmContactSettings;
  tags: Record<string, string>;
}

/** Cloud Monitor notice_way values (cloud/monitor.ts). */
const MONITOR_CHANNELS: Record<AlarmChannel, string> = MONITOR_NOTICE_VALUES.channels;
/** CLS receiver_channels values (cloud/cls.ts). */
const CLS_CHANNELS: Record<AlarmChannel, string> = CLS_ALARM_VALUES.channels;
/** All day, every day (seconds after 00:00; the schema allows 0–86399). */
const WHOLE_DAY = { startTime: 0, endTime: 86399 };

export class AlarmContacts extends Construct {
  readonly monitorNotice: MonitorAlarmNotice;
  readonly clsNotice: ClsAlarmNotice;

  constructor(scope: Construct, id: string, props: AlarmContactsProps) {
    super(scope, id);
    const { contacts, names } = props;
    const channels = contacts.channels ?? [...DEFAULT_ALARM_CHANNELS];
    const userIds = contacts.userIds ?? [];
    const groupIds = contacts.groupIds ?? [];

    const userNotices: MonitorAlarmNoticeUserNotices[] = [];
    if (userIds.length > 0) {
      userNotices.push({
        ...WHOLE_DAY,
        receiverType: MONITOR_NOTICE_VALUES.receiverTypes.user,
        userIds,
        noticeWay: channels.map((c) => MONITOR_CHANNELS[c]),
      });
    }
    if (groupIds.length > 0) {
      userNotices.push({
        ...WHOLE_DAY,
        receiverType: MONITOR_NOTICE_VALUES.receiverTypes.group,
        groupIds,
        noticeWay: channels.map((c) => MONITOR_CHANNELS[c]),
      });
    }
    this.monitorNotice = new MonitorAlarmNotice(this, "monitor", {
      name: names.of("alarms"),
      noticeType: MONITOR_NOTICE_VALUES.alarmAndRecovery,
      noticeLanguage: MONITOR_NOTICE_VALUES.language,
      userNotices,
      urlNotices: contacts.webhookUrl ? [{ url: contacts.webhookUrl, ...WHOLE_DAY }] : [],
    });

    const receivers: ClsAlarmNoticeNoticeReceivers[] = [];
    const clsChannels = channels.map((c) => CLS_CHANNELS[c]);
    if (userIds.length > 0)
      receivers.push({ receiverType: CLS_ALARM_VALUES.receiverTypes.user, receiverIds: userIds, receiverChannels: clsChannels });
    if (groupIds.length > 0)
      receivers.push({
        receiverType: CLS_ALARM_VALUES.receiverTypes.group,
        receiverIds: groupIds,
        receiverChannels: clsChannels,
      });
    this.clsNotice = new ClsAlarmNotice(this, "cls", {
      name: names.of("log-alarms"),
      type: CLS_ALARM_VALUES.triggerAndRecovery,
      noticeReceivers: receivers,
      webCallbacks: contacts.webhookUrl
        ? [{ callbackType: CLS_ALARM_VALUES.webhook, url: contacts.webhookUrl, method: "POST" }]
        : [],
      tags: props.tags,
    });
  }
}
