"""Escape game room reset agent: the first design, before any security review.

When a game ends, the room controller in each franchise venue sends the franchise
cloud an end-of-game snapshot: the state of every prop sensor (mag-locks, reed
switches, RFID readers, weight pads, battery levels) and the game's event log.
Game hosts can add short free-text notes from the venue tablet ("dial on padlock 2
sticks"). A reset agent, built on a vendor-hosted LLM, compares the snapshot with
the room's reset checklist and the prop catalogue, pushes a reset task list to the
hosts' tablet, and orders replacement props from the franchise store against the
venue's account. Orders above EUR 150 wait for the venue manager's approval in the
app. Venues are run by franchisees on their own networks; the API, agent, tools and
stores run in the franchisor's cloud account. Room controllers sign in with a
per-venue API key, staff with e-mail and password; the store API key sits in the
cloud secret manager, and the room database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Escape game room reset agent",
    profile=tg.RiskProfile.LOW,
    description=(
        "Checks room sensors and props after each game, tells hosts what to reset "
        "and orders replacement props from the franchise store."
    ),
)

# ---------------------------------------------------------------- data assets
sensor_states = tg.Data(
    "Prop sensor states",
    kind="records",
    description="Lock, reed switch, RFID and weight pad states with battery levels.",
)
snapshot = tg.Data(
    "End-of-game room snapshot",
    kind="records",
    description="Sensor states at game end plus the game event log (solve times, hints).",
)
host_notes = tg.Data(
    "Host reset notes",
    kind="prompt",
    description="Free text typed by hosts about damaged or missing props.",
)
reset_tasks = tg.Data("Reset task list", kind="model-output")
checklist = tg.Data("Room reset checklists", kind="documents")
catalogue = tg.Data(
    "Prop catalogue", kind="records", description="SKUs, prices and which room uses each prop."
)
room_query = tg.Data("Room state query", kind="tool-call")
room_state = tg.Data("Room state and checklist", kind="tool-result")
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    description="System prompt, snapshot, host notes, checklist and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output")
task_call = tg.Data("Task list push", kind="tool-call")
order_call = tg.Data("Prop order request", kind="tool-call")
order = tg.Data(
    "Replacement prop order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Venue account, delivery address, items and amounts.",
)
order_confirmation = tg.Data("Order confirmation", kind="records")
order_result = tg.Data("Order result", kind="tool-result")
approval = tg.Data("Order approval", kind="records")
reset_history = tg.Data("Reset history", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Franchisee venue", trust=tg.Trust.PARTNER):
    # The physical props and room sensors wired to the room controller.
    sensors = tm.add(
        tg.Device(
            "Prop and room sensors",
            description="Mag-locks, reed switches, RFID readers and weight pads in each room.",
        )
    )
    # Per-room game controller that runs the puzzles and reports the game end.
    controller = tm.add(
        tg.Service(
            "Room controller",
            description="Runs the room's puzzle logic and posts the end-of-game snapshot.",
        )
    )
    # Shared venue tablet where hosts read tasks and write notes.
    tablet = tm.add(tg.Device("Host tablet app", description="Venue tablet at the host desk."))
    # Staff who reset rooms between games.
    host = tm.add(tg.Actor("Game host", role="venue staff"))
    # The franchisee's manager, who approves larger prop orders.
    manager = tm.add(tg.Actor("Venue manager", role="franchisee manager"))

with tm.boundary("Franchise cloud", trust=tg.Trust.INTERNAL):
    # Single API for room controllers, host tablets and manager approvals.
    api = tm.add(
        tg.Endpoint(
            "Reset API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method=(
                        "per-venue API key for room controllers; "
                        "e-mail and password for hosts and managers"
                    )
                )
            },
        )
    )
    # The LLM agent that works out what to reset and what to reorder.
    agent = tm.add(
        tg.Agent(
            "Room reset agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs once per finished game; reads the room state and calls tools.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Operational database of snapshots, notes and reset history.
    room_db = tm.add(
        tg.DataStore(
            "Room state database",
            stores={snapshot, host_notes, reset_history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reference data the franchisor maintains for every room design.
    reference = tm.add(
        tg.DataStore("Reset checklists and prop catalogue", stores={checklist, catalogue})
    )
    # Read-only tool giving the agent the room's snapshot and checklist.
    state_tool = tm.add(tg.Tool("Room state lookup tool", capabilities={"read"}))
    # Pushes the reset task list to the venue's tablet.
    task_tool = tm.add(tg.Tool("Host task tool", capabilities={"send-messages"}))
    # Places orders on the franchise store, charged to the venue's account.
    order_tool = tm.add(
        tg.Tool(
            "Prop order tool",
            capabilities={"write", "money-movement"},
            controls={
                c.HumanInTheLoop(approver="venue manager", above="EUR 150 per order"),
                c.SecretsManagement(note="store API key in the cloud secret manager"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Franchise store platform", trust=tg.Trust.PARTNER):
    # The franchisor's prop shop on a hosted e-commerce platform.
    store = tm.add(
        tg.ExternalService(
            "Franchise store",
            description="Hosted e-commerce shop selling props and spares to venues.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, controller, sensor_states, protocol="mqtt")
tm.flow(controller, api, snapshot, protocol="https", label="game ended")

tm.flow(host, tablet, host_notes)
tm.flow(tablet, api, host_notes, protocol="https")
tm.flow(api, tablet, reset_tasks, protocol="https")
tm.flow(tablet, host, reset_tasks)

tm.flow(api, room_db, snapshot, host_notes)
tm.flow(api, agent, snapshot, host_notes, label="start reset run")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, state_tool, room_query)
tm.flow(room_db, state_tool, snapshot, host_notes)
tm.flow(reference, state_tool, checklist, catalogue)
tm.flow(state_tool, agent, room_state)

tm.flow(agent, task_tool, task_call)
tm.flow(task_tool, api, reset_tasks, label="queue for tablet")

tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, api, order, label="pending approval")
tm.flow(api, manager, order, protocol="https")
tm.flow(manager, api, approval, protocol="https")
tm.flow(api, order_tool, approval)
tm.flow(order_tool, store, order, protocol="https")
tm.flow(store, order_tool, order_confirmation, protocol="https")
tm.flow(order_tool, agent, order_result)

tm.flow(agent, room_db, reset_history)
