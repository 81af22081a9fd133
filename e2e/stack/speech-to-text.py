"""A speech-to-text service for the end-to-end suite, over the Wyoming protocol (what Home
Assistant's Wyoming integration speaks to Whisper, Vosk and the like): CMU PocketSphinx, whose
wheel ships its English model, recognising house commands from a JSGF grammar, as small offline
recognisers are set up for home automation. No Whisper weights can be fetched here; this is a
real recogniser on real audio, not a stand-in that knows the answer.

Usage: python speech-to-text.py PORT (loopback only). Run with .cache/stt-venv's Python.
"""

import asyncio
import logging
import sys
from functools import partial

from pocketsphinx import Decoder
from wyoming.asr import Transcribe, Transcript
from wyoming.audio import AudioChunk, AudioChunkConverter, AudioStart, AudioStop
from wyoming.event import Event
from wyoming.info import AsrModel, AsrProgram, Attribution, Describe, Info
from wyoming.server import AsyncEventHandler, AsyncServer

RATE = 16_000

# What it can hear: commands for the demo's lights and a question, in a few words each.
GRAMMAR = """#JSGF V1.0;
grammar house;
public <command> = <action> the <room> (light | lights) | what is the time;
<action> = turn on | turn off | switch on | switch off | dim;
<room> = kitchen | ceiling | bed | office | living room | garden;
"""

ATTRIBUTION = Attribution(name="CMU PocketSphinx", url="https://github.com/cmusphinx/pocketsphinx")
INFO = Info(
    asr=[
        AsrProgram(
            name="pocketsphinx-commands",
            description="PocketSphinx with a grammar of house commands",
            attribution=ATTRIBUTION,
            installed=True,
            version="5",
            models=[
                AsrModel(
                    name="en-us-commands",
                    description="US English, house commands",
                    attribution=ATTRIBUTION,
                    installed=True,
                    version="5",
                    languages=["en"],
                )
            ],
        )
    ]
)


def recognise(audio: bytes) -> str:
    """The words in 16 kHz mono 16-bit audio, or an empty string."""
    # Without the lattice's best-path pass: with it, a few milliseconds' shift in where the audio
    # starts left "turn on" alone for 40 of 128 shifted copies of what Chromium recorded.
    decoder = Decoder(samprate=RATE, lm=None, bestpath=False)
    decoder.add_jsgf_string("house", GRAMMAR)
    decoder.activate_search("house")
    decoder.start_utt()
    decoder.process_raw(audio, full_utt=True)
    decoder.end_utt()
    hypothesis = decoder.hyp()
    return hypothesis.hypstr if hypothesis else ""


class Handler(AsyncEventHandler):
    """One connection: Describe gets the Info above; AudioStart, AudioChunk… and AudioStop (after
    Transcribe) get one Transcript."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.audio = bytearray()
        self.converter = AudioChunkConverter(rate=RATE, width=2, channels=1)

    async def handle_event(self, event: Event) -> bool:
        if Describe.is_type(event.type):
            await self.write_event(INFO.event())
        elif Transcribe.is_type(event.type) or AudioStart.is_type(event.type):
            pass
        elif AudioChunk.is_type(event.type):
            self.audio += self.converter.convert(AudioChunk.from_event(event)).audio
        elif AudioStop.is_type(event.type):
            text = await asyncio.get_running_loop().run_in_executor(
                None, recognise, bytes(self.audio)
            )
            logging.info("heard %.1f s: %r", len(self.audio) / 2 / RATE, text)
            self.audio.clear()
            await self.write_event(Transcript(text=text).event())
            return False
        return True


async def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    server = AsyncServer.from_uri(f"tcp://127.0.0.1:{int(sys.argv[1])}")
    logging.info("listening on 127.0.0.1:%s", sys.argv[1])
    await server.run(partial(Handler))


if __name__ == "__main__":
    asyncio.run(main())
