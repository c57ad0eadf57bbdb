/// `labelstudio.xml`: the Label Studio labelling config for a calibration sample.
///
/// It shows what `label.html` shows, top to bottom: the item's key and type, the system
/// message and the earlier turns (collapsed panels), the user message, the answer and the
/// checklist item, and asks for one of `yes`, `no`, `not applicable` (hotkeys y, n, a).
/// The `$` names are the fields of each task's `data` that ``LabelStudioTasks`` writes.
public enum LabelStudioConfig {
    /// The name of the choices control; an export's results carry it as `from_name`.
    public static let controlName = "label"
    /// The object the choices are attached to; an export's results carry it as `to_name`.
    public static let targetName = "response"
    /// The three choices, in the order shown; the words people use in `label.html` too.
    public static let choices = ["yes", "no", "not applicable"]

    /// The config's XML text.
    public static let xml = #"""
        <View>
          <Style>
            .sbk-box { padding: 8px 12px; margin-bottom: 8px; border: 1px solid #dfe3ea; border-radius: 8px; white-space: pre-wrap; }
            .sbk-criterion { font-size: 16px; font-weight: 600; background: #f1f5fc; }
          </Style>
          <View style="display: flex; gap: 12px; color: #6b7380;">
            <Text name="key" value="$key"/>
            <Text name="type" value="$type_label"/>
          </View>
          <Collapse>
            <Panel value="System message">
              <View className="sbk-box"><Text name="system" value="$system"/></View>
            </Panel>
            <Panel value="Earlier turns">
              <View className="sbk-box"><Text name="history" value="$history"/></View>
            </Panel>
          </Collapse>
          <Header value="User" size="6"/>
          <View className="sbk-box"><Text name="user" value="$user"/></View>
          <Header value="Answer" size="6"/>
          <View className="sbk-box"><Text name="response" value="$response"/></View>
          <Header value="Checklist item: does the answer satisfy it?" size="6"/>
          <View className="sbk-box sbk-criterion"><Text name="criterion" value="$criterion"/></View>
          <Choices name="label" toName="response" choice="single-radio" showInline="true" required="true">
            <Choice value="yes" hotkey="y"/>
            <Choice value="no" hotkey="n"/>
            <Choice value="not applicable" hotkey="a"/>
          </Choices>
        </View>

        """#
}
