// Test helper: real keyboard and mouse input for the desktop editor under Xvfb, through the X server's XTEST
// extension (as a user's keyboard would arrive: X server → GLFW → Dear ImGui → the editor).
//
//   nianbao_xinput STEP...
//     move X Y        pointer to (X, Y) on the screen
//     click X Y       move there and click the left button
//     key NAME        press and release a key: an X keysym name (Tab, Return, Escape, a…), with optional
//                     "ctrl+" / "shift+" prefixes (ctrl+s)
//     type TEXT       ASCII text, one key per character
//     sleep MS        wait
//     close           ask every top-level window to close, as a window manager's close button does
//                     (WM_DELETE_WINDOW; under a private Xvfb that is the editor's window)
//
// libXtst's header is not installed here (only the library, libxtst6), so its three functions are looked up with
// dlopen; Xlib itself comes from libx11-dev.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/keysym.h>
#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using FakeKey = int (*)(Display*, unsigned int, Bool, unsigned long);
using FakeButton = int (*)(Display*, unsigned int, Bool, unsigned long);
using FakeMotion = int (*)(Display*, int, int, int, unsigned long);
FakeKey fake_key;
FakeButton fake_button;
FakeMotion fake_motion;

void pause_ms(int ms) { usleep(static_cast<useconds_t>(ms) * 1000); }

void press(Display* d, KeySym sym, bool shift, bool ctrl) {
    KeyCode code = XKeysymToKeycode(d, sym);
    if (code == 0) {
        std::fprintf(stderr, "nianbao_xinput: no key for keysym %lu\n", sym);
        std::exit(2);
    }
    KeyCode shift_code = XKeysymToKeycode(d, XK_Shift_L), ctrl_code = XKeysymToKeycode(d, XK_Control_L);
    if (ctrl) fake_key(d, ctrl_code, True, 0);
    if (shift) fake_key(d, shift_code, True, 0);
    fake_key(d, code, True, 0);
    XFlush(d);
    pause_ms(25);
    fake_key(d, code, False, 0);
    if (shift) fake_key(d, shift_code, False, 0);
    if (ctrl) fake_key(d, ctrl_code, False, 0);
    XFlush(d);
    pause_ms(25);
}

}  // namespace

int main(int argc, char** argv) {
    Display* d = XOpenDisplay(nullptr);
    if (!d) {
        std::fprintf(stderr, "nianbao_xinput: cannot open display %s\n", std::getenv("DISPLAY") ? std::getenv("DISPLAY") : "(unset)");
        return 2;
    }
    void* lib = dlopen("libXtst.so.6", RTLD_NOW);
    if (!lib) {
        std::fprintf(stderr, "nianbao_xinput: libXtst.so.6 missing (apt-get install libxtst6)\n");
        return 2;
    }
    fake_key = reinterpret_cast<FakeKey>(dlsym(lib, "XTestFakeKeyEvent"));
    fake_button = reinterpret_cast<FakeButton>(dlsym(lib, "XTestFakeButtonEvent"));
    fake_motion = reinterpret_cast<FakeMotion>(dlsym(lib, "XTestFakeMotionEvent"));
    if (!fake_key || !fake_button || !fake_motion) return 2;

    for (int i = 1; i < argc; ++i) {
        std::string step = argv[i];
        auto arg = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "nianbao_xinput: %s needs an argument\n", step.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (step == "move" || step == "click") {
            int x = std::atoi(arg().c_str()), y = std::atoi(arg().c_str());
            fake_motion(d, -1, x, y, 0);
            XFlush(d);
            pause_ms(60);
            if (step == "click") {
                fake_button(d, 1, True, 0);
                XFlush(d);
                pause_ms(40);
                fake_button(d, 1, False, 0);
                XFlush(d);
                pause_ms(60);
            }
        } else if (step == "key") {
            std::string name = arg();
            bool ctrl = false, shift = false;
            for (;;) {
                if (name.rfind("ctrl+", 0) == 0) ctrl = true, name = name.substr(5);
                else if (name.rfind("shift+", 0) == 0) shift = true, name = name.substr(6);
                else break;
            }
            KeySym sym = XStringToKeysym(name.c_str());
            if (sym == NoSymbol) {
                std::fprintf(stderr, "nianbao_xinput: unknown key %s\n", name.c_str());
                return 2;
            }
            press(d, sym, shift, ctrl);
        } else if (step == "type") {
            for (char c : arg()) {
                bool upper = c >= 'A' && c <= 'Z';
                KeySym sym = c == ' ' ? XK_space : static_cast<KeySym>(upper ? c - 'A' + 'a' : c);
                press(d, sym, upper, false);
            }
        } else if (step == "close") {
            Atom protocols = XInternAtom(d, "WM_PROTOCOLS", False), del = XInternAtom(d, "WM_DELETE_WINDOW", False);
            Window root_return, parent_return, *children = nullptr;
            unsigned int n = 0;
            int sent = 0;
            if (XQueryTree(d, DefaultRootWindow(d), &root_return, &parent_return, &children, &n)) {
                for (unsigned int k = 0; k < n; ++k) {
                    Atom* list = nullptr;
                    int count = 0;
                    bool wants = false;
                    if (XGetWMProtocols(d, children[k], &list, &count)) {
                        for (int j = 0; j < count; ++j) wants = wants || list[j] == del;
                        XFree(list);
                    }
                    if (!wants) continue;
                    XEvent e{};
                    e.xclient.type = ClientMessage;
                    e.xclient.window = children[k];
                    e.xclient.message_type = protocols;
                    e.xclient.format = 32;
                    e.xclient.data.l[0] = static_cast<long>(del);
                    e.xclient.data.l[1] = CurrentTime;
                    XSendEvent(d, children[k], False, NoEventMask, &e);
                    ++sent;
                }
                if (children) XFree(children);
            }
            XFlush(d);
            if (sent == 0) {
                std::fprintf(stderr, "nianbao_xinput: no window to close\n");
                return 1;
            }
            pause_ms(60);
        } else if (step == "sleep") {
            pause_ms(std::atoi(arg().c_str()));
        } else {
            std::fprintf(stderr, "nianbao_xinput: unknown step %s\n", step.c_str());
            return 2;
        }
    }
    XCloseDisplay(d);
    return 0;
}
