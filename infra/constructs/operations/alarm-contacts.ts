// AlarmContacts: who an alarm reaches, from the environment table. Cloud Monitor policies (metric
// alarms) and CLS alarms (log alarms) each take their own kind of notice, so both are created from
// the same contacts: users and groups on the chosen channels, and/or a webhook.
import { Construct } from "constructs";
import { ClsAlarmNotice, ClsAlarmNoticeNoticeReceivers } from "../../.gen/providers/tencentcloud/cls-alarm-notice";
import { MonitorAlarmNotice, MonitorAlarmNoticeUserNotices } from "../../.gen/providers/tencentcloud/monitor-alarm-notice";
import { AlarmChannel, AlarmContacts as AlarmContactSettings } from "../../config/operations-settings";
import { DEFAULT_ALARM_CHANNELS } from "../../config/validate-operations";
import { ResourceNames } from "../resource-names";

export interface AlarmContactsProps {
  names: ResourceNames;
  contacts: AlarmContactSettings;
  tags: Record<string, string>;
}

/** Cloud Monitor notice_way values (monitor_alarm_notice schema: EMAIL, SMS, CALL, WECHAT, RTX). */
const MONITOR_CHANNELS: Record<AlarmChannel, string> = { email: "EMAIL", sms: "SMS", wechat: "WECHAT", call: "CALL" };
/** CLS receiver_channels values (cls_alarm_notice schema: Email, Sms, WeChat, Phone). */
const CLS_CHANNELS: Record<AlarmChannel, string> = { email: "Email", sms: "Sms", wechat: "WeChat", call: "Phone" };
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
      userNotices.push({ ...WHOLE_DAY, receiverType: "USER", userIds, noticeWay: channels.map((c) => MONITOR_CHANNELS[c]) });
    }
    if (groupIds.length > 0) {
      userNotices.push({ ...WHOLE_DAY, receiverType: "GROUP", groupIds, noticeWay: channels.map((c) => MONITOR_CHANNELS[c]) });
    }
    this.monitorNotice = new MonitorAlarmNotice(this, "monitor", {
      name: names.of("alarms"),
      noticeType: "ALL", // alarm and recovery
      noticeLanguage: "en-US",
      userNotices,
      urlNotices: contacts.webhookUrl ? [{ url: contacts.webhookUrl, ...WHOLE_DAY }] : [],
    });

    const receivers: ClsAlarmNoticeNoticeReceivers[] = [];
    const clsChannels = channels.map((c) => CLS_CHANNELS[c]);
    if (userIds.length > 0) receivers.push({ receiverType: "Uin", receiverIds: userIds, receiverChannels: clsChannels });
    if (groupIds.length > 0) receivers.push({ receiverType: "Group", receiverIds: groupIds, receiverChannels: clsChannels });
    this.clsNotice = new ClsAlarmNotice(this, "cls", {
      name: names.of("log-alarms"),
      type: "All",
      noticeReceivers: receivers,
      webCallbacks: contacts.webhookUrl ? [{ callbackType: "Http", url: contacts.webhookUrl, method: "POST" }] : [],
      tags: props.tags,
    });
  }
}
