"""Warehouse voice picking assistant: the first design, before any security review.

Order pickers in our US distribution centres wear a Bluetooth headset paired with a
company-owned handheld. The handheld reads out pick tasks and an on-device speech
model recognises the picker's spoken check digits, quantities and questions, so no
audio leaves the device. Pick tasks come from, and pick confirmations go back to, the
warehouse management system (WMS) in the corporate data centre through a cloud pick
task service. Free-form questions ("where else is this SKU?", "location is empty")
go to a cloud assistant that uses a vendor-hosted LLM and two WMS tools: a location
lookup and an exception report, which it reads back and files only after the picker
says "confirm". Supervisors resolve exceptions in the WMS. Handhelds are enrolled in
the MDM, which also installs the pinned speech model; pickers sign in by badge scan,
and each handheld calls the cloud API with a device key issued at enrolment.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Warehouse voice picking assistant",
    profile=tg.RiskProfile.LOW,
    description=(
        "Hands-free voice picking with on-device speech recognition and a cloud LLM "
        "assistant for item locations and pick exceptions."
    ),
)

# ---------------------------------------------------------------- data assets
speech = tg.Data(
    "Picker speech audio",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Headset audio; recognised on the handheld and not stored.",
)
voice_prompt = tg.Data("Spoken prompts", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
transcript = tg.Data(
    "Recognised utterance", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
pick_task = tg.Data(
    "Pick task",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Order line, SKU, location, quantity and check digit.",
)
pick_confirmation = tg.Data(
    "Pick confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Picked quantity with picker badge id and timestamp.",
)
question = tg.Data("Picker question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Assistant prompt with WMS context",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, the current pick task, the question and tool results.",
)
completion = tg.Data("LLM completion with tool calls", kind="model-output")
location_query = tg.Data("Location query", kind="tool-call")
location_result = tg.Data(
    "Item locations and stock", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
exception_request = tg.Data(
    "Exception report request",
    kind="tool-call",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Short pick, empty location, damaged item or wrong item, with a note.",
)
exception_record = tg.Data(
    "Pick exception",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
inventory = tg.Data(
    "Inventory and location records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
conversation_log = tg.Data(
    "Assistant conversation log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, answers and tool calls with the picker's badge id, kept 90 days.",
)
speech_model = tg.Data(
    "Speech model artifact",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Open-weights ASR model fine-tuned on warehouse vocabulary.",
)
device_key = tg.Data("Device API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Warehouse site network", trust=tg.Trust.INTERNAL):
    # Hourly and agency staff doing the picking; they talk to the system through the headset.
    picker = tm.add(tg.Actor("Order picker", role="picker"))
    # Resolves pick exceptions and adjusts inventory in the WMS.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="supervisor", privileged=True))
    # Company-owned rugged handhelds on the site Wi-Fi, shared between shifts.
    handheld = tm.add(
        tg.Device(
            "Picking handheld",
            description="Android handheld running the voice picking app, paired with a headset.",
            controls={c.Authentication(method="badge scan at shift start")},
        )
    )
    # Recognises confirmations and questions on the handheld, so audio stays on the device.
    asr = tm.add(
        tg.Model(
            "On-device speech model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Small ASR model with a grammar for check digits and quantities.",
        )
    )

with tm.boundary("MDM vendor", trust=tg.Trust.PARTNER):
    # SaaS device management: enrols handhelds, installs the app and the speech model.
    mdm = tm.add(tg.ExternalService("Device management service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model with function calling, reached over the vendor API.
    llm = tm.add(tg.LLM("Hosted assistant LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Cloud VPC", trust=tg.Trust.INTERNAL):
    # The handhelds' entry point for assistant questions.
    assistant_api = tm.add(
        tg.Endpoint(
            "Voice assistant API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-device API key issued at MDM enrolment")},
        )
    )
    # Answers location questions and files exceptions through two WMS tools.
    agent = tm.add(
        tg.Agent(
            "Picking assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="the picker, by saying 'confirm' after read-back")},
        )
    )
    # Read-only WMS query for where else a SKU is stocked and how many are there.
    location_tool = tm.add(tg.Tool("Location lookup tool", capabilities={"read"}))
    # Files a pick exception in the WMS exception queue.
    exception_tool = tm.add(
        tg.Tool(
            "Exception report tool",
            capabilities={"write"},
            description="Uses the same WMS integration account as the pick task service.",
        )
    )
    # Relays pick tasks to handhelds and pick confirmations back to the WMS.
    pick_service = tm.add(tg.Service("Pick task service"))
    # Troubleshooting log of assistant conversations.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log bucket",
            stores={conversation_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Holds released speech model versions that the MDM pushes to handhelds.
    model_store = tm.add(
        tg.ModelRegistry(
            "Speech model artifact store",
            stores={speech_model},
            controls={c.ModelVersioning(note="MDM installs a pinned version per site")},
        )
    )

with tm.boundary("Corporate data centre", trust=tg.Trust.INTERNAL):
    # System of record for inventory, orders, pick tasks and exceptions.
    wms = tm.add(
        tg.DataStore(
            "Warehouse management system",
            stores={inventory, pick_task, pick_confirmation, exception_record},
        )
    )
    # Fine-tunes the speech model offline and publishes new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Voice interaction on the floor.
tm.flow(picker, handheld, speech, protocol="bluetooth", label="headset")
tm.flow(handheld, picker, voice_prompt, protocol="bluetooth", label="headset")
tm.flow(handheld, asr, speech, protocol="local")
tm.flow(asr, handheld, transcript, protocol="local")

# Pick tasks and confirmations.
tm.flow(wms, pick_service, pick_task, protocol="https", label="over site-to-site VPN")
tm.flow(pick_service, handheld, pick_task, protocol="https")
tm.flow(handheld, pick_service, pick_confirmation, device_key, protocol="https")
tm.flow(pick_service, wms, pick_confirmation, protocol="https", label="over site-to-site VPN")

# Assistant questions and exceptions.
tm.flow(handheld, assistant_api, question, device_key, protocol="https")
tm.flow(assistant_api, handheld, answer, protocol="https")
tm.flow(assistant_api, agent, question)
tm.flow(agent, assistant_api, answer)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, location_tool, location_query)
tm.flow(location_tool, agent, location_result)
tm.flow(location_tool, wms, location_query, protocol="https", label="over site-to-site VPN")
tm.flow(wms, location_tool, inventory, protocol="https", label="over site-to-site VPN")
tm.flow(agent, exception_tool, exception_request)
tm.flow(exception_tool, agent, exception_record)
tm.flow(exception_tool, wms, exception_record, protocol="https", label="over site-to-site VPN")
tm.flow(agent, log_store, conversation_log)
tm.flow(supervisor, wms, exception_record, inventory, label="resolves exceptions")
tm.flow(wms, supervisor, exception_record, inventory)

# Speech model and device provisioning.
tm.flow(ml_engineer, model_store, speech_model, protocol="https", label="publishes version")
tm.flow(model_store, mdm, speech_model, protocol="https")
tm.flow(mdm, handheld, speech_model, device_key, protocol="https", label="enrolment and app config")
